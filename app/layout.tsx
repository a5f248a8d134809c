import type { Metadata } from 'next';
import { NuqsAdapter } from 'nuqs/adapters/next/app';
import { HydrationMarker } from '@/components/layout/hydration-marker';
import { Toaster } from '@/components/ui/toast';
import { TRPCReactProvider } from '@/trpc/client';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Opslens', template: '%s · Opslens' },
  description: 'Write down how your business runs, then streamline it: remove, automate, delegate.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans print:bg-white">
        <NuqsAdapter>
          <TRPCReactProvider>{children}</TRPCReactProvider>
        </NuqsAdapter>
        <Toaster />
        <HydrationMarker />
      </body>
    </html>
  );
}
