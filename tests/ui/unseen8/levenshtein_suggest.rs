// "Did you mean ...?" for a command-line tool: Levenshtein distance with a rolling row, suggestions sorted by distance.
fn distance(a: &str, b: &str) -> usize {
    let b_chars: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b_chars.len()).collect();
    let mut cur = vec![0; b_chars.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b_chars.iter().enumerate() {
            let cost = if ca == *cb { 0 } else { 1 };
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b_chars.len()]
}

struct Cli {
    commands: Vec<&'static str>,
}

impl Cli {
    fn suggest<'a>(&'a self, typed: &str) -> Vec<(&'a str, usize)> {
        let limit = (typed.len() / 3).max(1);
        let mut found: Vec<(&str, usize)> = self
            .commands
            .iter()
            .map(|c| (*c, distance(typed, c)))
            .filter(|(_, d)| *d <= limit)
            .collect();
        found.sort_by(|x, y| x.1.cmp(&y.1).then_with(|| x.0.cmp(y.0)));
        found
    }

    fn dispatch(&self, typed: &str) -> Result<&'static str, String> {
        if let Some(c) = self.commands.iter().find(|c| **c == typed) {
            return Ok(c);
        }
        let s = self.suggest(typed);
        if s.is_empty() {
            Err(format!("unknown command '{}'", typed))
        } else {
            let names: Vec<&str> = s.iter().map(|(n, _)| *n).collect();
            Err(format!("unknown command '{}', did you mean {}?", typed, names.join(" or ")))
        }
    }
}

fn main() {
    let cli = Cli { commands: vec!["build", "bench", "check", "clean", "clippy", "commit", "doc", "run", "test"] };
    for (a, b) in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("über", "uber")] {
        println!("d({:?}, {:?}) = {}", a, b, distance(a, b));
    }
    for typed in ["build", "biuld", "chek", "tset", "clen", "deploy", "rn", "comit"] {
        match cli.dispatch(typed) {
            Ok(c) => println!("running {}", c),
            Err(e) => println!("error: {}", e),
        }
    }
    let close = cli.suggest("cl");
    println!("{:?}", close);
}
