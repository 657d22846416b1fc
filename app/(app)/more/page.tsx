import type { Metadata } from 'next';
import { MoreLinks } from '@/components/shell/more-links';

export const metadata: Metadata = { title: 'More' };

export default function MorePage() {
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-3xl font-bold tracking-tight">More</h1>
      <MoreLinks />
    </div>
  );
}
