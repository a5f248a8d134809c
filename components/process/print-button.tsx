'use client';

import { Button } from '@/components/ui/button';

export function PrintButton({ className = '' }: { className?: string }) {
  return (
    <Button onClick={() => window.print()} className={className}>
      Print
    </Button>
  );
}
