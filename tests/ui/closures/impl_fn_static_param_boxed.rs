// A builder method takes `impl Fn(&str) -> bool + 'static` and boxes it into a `Box<dyn Fn>` field; closures moving their captures in satisfy it.
struct Checks {
    rules: Vec<(String, Box<dyn Fn(&str) -> bool>)>,
}

impl Checks {
    fn rule(mut self, name: &str, check: impl Fn(&str) -> bool + 'static) -> Self {
        self.rules.push((name.to_string(), Box::new(check)));
        self
    }

    fn failures(&self, input: &str) -> Vec<&str> {
        let mut out = Vec::new();
        for (name, f) in &self.rules {
            if !f(input) {
                out.push(name.as_str());
            }
        }
        out
    }
}

fn boxed(f: &'static str, g: impl Fn(u32) -> u32 + 'static) -> Box<dyn Fn(u32) -> String> {
    Box::new(move |x| format!("{}({}) = {}", f, x, g(x)))
}

fn main() {
    let min = 4;
    let banned = vec![String::from("root")];
    let checks = Checks { rules: Vec::new() }
        .rule("short", move |s| s.len() >= min)
        .rule("banned", move |s| !banned.iter().any(|b| b == s))
        .rule("digit", |s| s.chars().any(|c| c.is_ascii_digit()));
    for input in ["ab", "root", "admin1", "guest"] {
        println!("{:<6} fails {:?}", input, checks.failures(input));
    }
    let offset = 10;
    let f = boxed("add", move |x| x + offset);
    println!("{}", f(5));
}
