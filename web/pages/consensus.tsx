// Placeholder replaced by the page's own implementation.
export default function Page() {
  return <h1>consensus</h1>;
}
