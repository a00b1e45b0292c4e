export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>Ausbildungsportal – ein Angebot Ihrer Industrie- und Handelskammer</p>
      </div>
    </footer>
  );
}
