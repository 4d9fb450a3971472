// An HTTP-like request passing through a chain of Box<dyn Middleware>, with default trait methods and early rejection.
use std::collections::HashMap;

#[derive(Debug, Clone)]
struct Request {
    path: String,
    user: Option<String>,
    headers: HashMap<String, String>,
}

#[derive(Debug, PartialEq)]
enum Outcome {
    Continue,
    Reject(u16, String),
}

trait Middleware {
    fn name(&self) -> String;
    fn handle(&mut self, req: &mut Request) -> Outcome;
    fn describe(&self) -> String {
        format!("[{}]", self.name())
    }
}

struct Logger {
    seen: Vec<String>,
}

impl Middleware for Logger {
    fn name(&self) -> String {
        "logger".to_string()
    }
    fn handle(&mut self, req: &mut Request) -> Outcome {
        self.seen.push(req.path.clone());
        Outcome::Continue
    }
}

struct Auth {
    allowed: Vec<&'static str>,
}

impl Middleware for Auth {
    fn name(&self) -> String {
        String::from("auth")
    }
    fn handle(&mut self, req: &mut Request) -> Outcome {
        match &req.user {
            Some(u) if self.allowed.contains(&u.as_str()) => Outcome::Continue,
            Some(u) => Outcome::Reject(403, format!("{} is not allowed", u)),
            None => Outcome::Reject(401, "login required".to_string()),
        }
    }
    fn describe(&self) -> String {
        format!("[auth: {} users]", self.allowed.len())
    }
}

struct Tagger {
    count: u32,
}

impl Middleware for Tagger {
    fn name(&self) -> String {
        "tagger".into()
    }
    fn handle(&mut self, req: &mut Request) -> Outcome {
        self.count += 1;
        req.headers.insert("x-request-id".to_string(), format!("req-{}", self.count));
        Outcome::Continue
    }
}

fn run_chain(chain: &mut Vec<Box<dyn Middleware>>, req: &mut Request) -> Result<usize, (u16, String)> {
    for (i, m) in chain.iter_mut().enumerate() {
        if let Outcome::Reject(code, why) = m.handle(req) {
            return Err((code, format!("{} stopped at step {}: {}", m.name(), i, why)));
        }
    }
    Ok(chain.len())
}

fn main() {
    let mut chain: Vec<Box<dyn Middleware>> = vec![
        Box::new(Logger { seen: vec![] }),
        Box::new(Tagger { count: 0 }),
        Box::new(Auth { allowed: vec!["root", "maya"] }),
    ];
    let names: Vec<String> = chain.iter().map(|m| m.describe()).collect();
    println!("chain: {}", names.join(" -> "));
    let users = [Some("maya"), None, Some("eve"), Some("root")];
    for (n, u) in users.iter().enumerate() {
        let mut req = Request {
            path: format!("/page/{}", n),
            user: u.map(String::from),
            headers: HashMap::new(),
        };
        match run_chain(&mut chain, &mut req) {
            Ok(steps) => println!("{} ok after {} steps, id {}", req.path, steps, req.headers["x-request-id"]),
            Err((code, msg)) => println!("{} -> {} {}", req.path, code, msg),
        }
    }
    println!("outcome eq: {}", Outcome::Continue == Outcome::Continue);
}
