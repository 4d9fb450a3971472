// Parses s-expressions like (+ 1 (* 2 3)) into a Box-based tree and evaluates them recursively.
#[derive(Debug)]
enum Sexp {
    Atom(String),
    List(Vec<Sexp>),
}

fn tokenize(src: &str) -> Vec<String> {
    src.replace('(', " ( ").replace(')', " ) ").split_whitespace().map(String::from).collect()
}

fn read(tokens: &[String], pos: &mut usize) -> Result<Sexp, String> {
    let tok = tokens.get(*pos).ok_or("unexpected end")?;
    *pos += 1;
    match tok.as_str() {
        "(" => {
            let mut items = Vec::new();
            while tokens.get(*pos).map(|t| t.as_str()) != Some(")") {
                if *pos >= tokens.len() {
                    return Err("missing )".to_string());
                }
                items.push(read(tokens, pos)?);
            }
            *pos += 1;
            Ok(Sexp::List(items))
        }
        ")" => Err("unexpected )".to_string()),
        _ => Ok(Sexp::Atom(tok.clone())),
    }
}

fn eval(e: &Sexp) -> Result<f64, String> {
    match e {
        Sexp::Atom(a) => a.parse::<f64>().map_err(|_| format!("not a number: {}", a)),
        Sexp::List(items) => {
            let (head, args) = items.split_first().ok_or("empty list")?;
            let op = match head {
                Sexp::Atom(op) => op.as_str(),
                Sexp::List(_) => return Err("operator must be an atom".into()),
            };
            let vals: Result<Vec<f64>, String> = args.iter().map(eval).collect();
            let vals = vals?;
            match op {
                "+" => Ok(vals.iter().sum()),
                "*" => Ok(vals.iter().product()),
                "-" if vals.len() == 1 => Ok(-vals[0]),
                "-" => Ok(vals[1..].iter().fold(vals[0], |a, b| a - b)),
                "max" => vals.iter().cloned().reduce(f64::max).ok_or("max of nothing".into()),
                _ => Err(format!("unknown op {}", op)),
            }
        }
    }
}

fn depth(e: &Sexp) -> usize {
    match e {
        Sexp::Atom(_) => 0,
        Sexp::List(xs) => 1 + xs.iter().map(depth).max().unwrap_or(0),
    }
}

fn main() {
    let inputs = ["(+ 1 (* 2 3))", "(- 10 2 3)", "(max 3 (- 7) 2.5)", "(* (+ 1 2) (+ 3 4) 0.5)", "(/ 1 2)", "(+ 1", "(- x)"];
    for src in inputs {
        let toks = tokenize(src);
        let mut pos = 0;
        match read(&toks, &mut pos).and_then(|t| eval(&t).map(|v| (v, depth(&t)))) {
            Ok((v, d)) => println!("{:<26} = {} (depth {})", src, v, d),
            Err(msg) => println!("{:<26} ! {}", src, msg),
        }
    }
}
