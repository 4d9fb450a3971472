// A text pipeline of named Box<dyn Fn(String) -> String> stages, built from closures and plain functions.
fn shout(s: String) -> String {
    s.to_uppercase()
}

fn squeeze_spaces(s: String) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

struct Pipeline {
    stages: Vec<(String, Box<dyn Fn(String) -> String>)>,
}

impl Pipeline {
    fn new() -> Self {
        Pipeline { stages: Vec::new() }
    }

    fn stage(mut self, name: &str, f: impl Fn(String) -> String + 'static) -> Self {
        self.stages.push((name.to_string(), Box::new(f)));
        self
    }

    fn run(&self, input: &str, verbose: bool) -> String {
        let mut text = input.to_string();
        for (name, f) in &self.stages {
            text = f(text);
            if verbose {
                println!("  after {:<10} {:?}", name, text);
            }
        }
        text
    }
}

fn main() {
    let banned = vec!["darn", "heck"];
    let suffix = String::from("!");
    let p = Pipeline::new()
        .stage("squeeze", squeeze_spaces)
        .stage("censor", move |s| {
            s.split(' ')
                .map(|w| if banned.contains(&w) { "*".repeat(w.len()) } else { w.to_string() })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .stage("shout", shout)
        .stage("suffix", move |s| s + &suffix)
        .stage("reverse", |s: String| s.chars().rev().collect());
    println!("{} stages", p.stages.len());
    let out = p.run("  well   darn it,  the   build broke  ", true);
    println!("result: {}", out);
    for line in ["heck yes", "", "fine"] {
        println!("{:?} -> {:?}", line, p.run(line, false));
    }
}
