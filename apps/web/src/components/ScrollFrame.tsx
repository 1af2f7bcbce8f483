import { type ReactNode, useLayoutEffect, useRef, useState } from "react";

/**
 * A frame that scrolls sideways when what it holds is wider than the screen (a table on a phone), so the page
 * does not. While it scrolls it is a named region in the tab order, so that a keyboard can scroll it too;
 * while everything fits it is no stop at all.
 */
export function ScrollFrame({ className, label, children }: { className: string; label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const frame = ref.current;
    if (!frame) return;
    const measure = () => setScrolls(frame.scrollWidth > frame.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(frame);
    for (const child of frame.children) observer.observe(child);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className={className} {...(scrolls ? { tabIndex: 0, role: "region", "aria-label": label } : {})}>
      {children}
    </div>
  );
}
