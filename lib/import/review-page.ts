// Paging through the review queue. Resolving a row takes it out, so the rows after it move up
// a place: the page re-reads the same offset (the next row takes the resolved one's place),
// and once its last rows are resolved it shows the last page that still has rows.

export interface ReviewPage {
  page: number;
  offset: number;
  hasNext: boolean;
}

export function reviewPage(requested: number, total: number, perPage: number): ReviewPage {
  const lastPage = Math.max(0, Math.ceil(total / perPage) - 1);
  const page = Math.min(Math.max(0, requested), lastPage);
  return { page, offset: page * perPage, hasNext: (page + 1) * perPage < total };
}
