'use client';

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useId, type ReactNode } from 'react';

/**
 * Steps in order, reorderable by drag and drop, by keyboard on the handle (Space to lift,
 * arrows to move, Space to drop) and by the Move up / Move down buttons.
 */
export function StepList<T extends { id: string; title: string }>({
  steps,
  disabled,
  onReorder,
  renderStep,
}: {
  steps: T[];
  disabled: boolean;
  onReorder: (orderedIds: string[]) => void;
  renderStep: (step: T, index: number, handle: ReactNode) => ReactNode;
}) {
  // dnd-kit numbers its describedby ids with a module counter, which differs between server and
  // browser; a React id is the same on both, so hydration matches.
  const dndId = useId();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const titleOf = (id: unknown) => steps.find((s) => s.id === id)?.title ?? 'step';
  const positionOf = (id: unknown) => steps.findIndex((s) => s.id === id) + 1;

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const from = steps.findIndex((s) => s.id === active.id);
    const to = steps.findIndex((s) => s.id === over.id);
    onReorder(arrayMove(steps, from, to).map((s) => s.id));
  }

  return (
    <DndContext
      id={dndId}
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements: {
          onDragStart: ({ active }) => `Picked up ${titleOf(active.id)}.`,
          onDragOver: ({ active, over }) =>
            over ? `${titleOf(active.id)} is over position ${positionOf(over.id)}.` : '',
          onDragEnd: ({ active, over }) =>
            over ? `${titleOf(active.id)} dropped at position ${positionOf(over.id)}.` : 'Dropped.',
          onDragCancel: ({ active }) => `Moving ${titleOf(active.id)} was cancelled.`,
        },
        screenReaderInstructions: {
          draggable:
            'To reorder, press Space to lift the step, use the arrow keys to move it, and Space again to drop it. Escape cancels.',
        },
      }}
    >
      <SortableContext
        items={steps.map((s) => s.id)}
        strategy={verticalListSortingStrategy}
        disabled={disabled}
      >
        <ol className="space-y-3" aria-label="Steps">
          {steps.map((step, index) => (
            <SortableItem key={step.id} id={step.id} title={step.title} disabled={disabled}>
              {(handle) => renderStep(step, index, handle)}
            </SortableItem>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function SortableItem({
  id,
  title,
  disabled,
  children,
}: {
  id: string;
  title: string;
  disabled: boolean;
  children: (handle: ReactNode) => ReactNode;
}) {
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id, disabled });
  const handle = (
    <button
      data-needs-js=""
      type="button"
      ref={setActivatorNodeRef}
      {...attributes}
      {...listeners}
      aria-label={`Reorder ${title}`}
      className="cursor-grab touch-none rounded px-1 py-1 text-slate-400 hover:bg-slate-100 hover:text-slate-700 active:cursor-grabbing disabled:cursor-default"
    >
      <svg aria-hidden viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor">
        <path d="M7 4a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0Zm0 6a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0Zm-1.5 7.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3ZM16 4a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0Zm-1.5 7.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3ZM16 16a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0Z" />
      </svg>
    </button>
  );
  return (
    <li
      ref={setNodeRef}
      id={`step-${id}`}
      tabIndex={-1}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`scroll-mt-24 rounded-xl border bg-white p-4 shadow-sm target:ring-2 target:ring-brand-500 ${isDragging ? 'relative z-10 border-brand-500 shadow-lg' : 'border-slate-200'}`}
      data-testid="step"
    >
      {children(handle)}
    </li>
  );
}
