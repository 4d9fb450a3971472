// An Express-like middleware chain: Vec<Box<dyn Fn(Request) -> Result<Request, String>>> run in order with `?`.
#[derive(Debug, Clone)]
struct Request {
    path: String,
    user: Option<String>,
    headers: Vec<String>,
}

type Middleware = Box<dyn Fn(Request) -> Result<Request, String>>;

struct App {
    middleware: Vec<(String, Middleware)>,
}

impl App {
    fn new() -> App {
        App { middleware: Vec::new() }
    }

    fn use_fn(&mut self, name: &str, m: Middleware) -> &mut App {
        self.middleware.push((name.to_string(), m));
        self
    }

    fn handle(&self, mut req: Request) -> Result<String, String> {
        for (name, m) in &self.middleware {
            req = m(req).map_err(|e| format!("{} rejected: {}", name, e))?;
        }
        Ok(format!("200 {} for {}", req.path, req.user.unwrap_or_else(|| "guest".to_string())))
    }
}

fn main() {
    let banned = vec!["mallory".to_string()];
    let mut app = App::new();
    app.use_fn("trim", Box::new(|mut r: Request| {
        r.path = r.path.trim_end_matches('/').to_string();
        if r.path.is_empty() {
            r.path = "/".to_string();
        }
        Ok(r)
    }))
    .use_fn("auth", Box::new(|mut r: Request| {
        let token = r.headers.iter().find(|h| h.starts_with("token:")).map(|h| h["token:".len()..].trim().to_string());
        r.user = token;
        Ok(r)
    }))
    .use_fn("ban", Box::new(move |r: Request| match &r.user {
        Some(u) if banned.contains(u) => Err(format!("user {} is banned", u)),
        _ => Ok(r),
    }))
    .use_fn("admin", Box::new(|r: Request| {
        if r.path.starts_with("/admin") && r.user.as_deref() != Some("root") {
            Err(String::from("admin only"))
        } else {
            Ok(r)
        }
    }));

    let requests = vec![
        Request { path: "/home/".into(), user: None, headers: vec![] },
        Request { path: "/profile".into(), user: None, headers: vec!["token: alice".into()] },
        Request { path: "/admin/".into(), user: None, headers: vec!["token: alice".into()] },
        Request { path: "/admin".into(), user: None, headers: vec!["x: 1".into(), "token:root".into()] },
        Request { path: "/".into(), user: None, headers: vec!["token: mallory".into()] },
    ];
    for req in requests {
        let shown = req.path.clone();
        match app.handle(req) {
            Ok(resp) => println!("{:<10} -> {}", shown, resp),
            Err(e) => println!("{:<10} -> 403 {}", shown, e),
        }
    }
    println!("{} middleware installed", app.middleware.len());
}
