/** The session cookie's name, shared by the proxy (which must stay free of database code). */
export const SESSION_COOKIE = 'journal_session';
