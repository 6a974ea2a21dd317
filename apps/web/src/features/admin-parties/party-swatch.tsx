/** The party's colour as a small square. Decorative: the name says which party it is. */
export function PartySwatch({ colour }: { readonly colour: string }) {
  // A style property set through the DOM (not a style attribute in HTML), which the CSP allows.
  return <span className="swatch" aria-hidden="true" style={{ backgroundColor: colour }} />;
}
