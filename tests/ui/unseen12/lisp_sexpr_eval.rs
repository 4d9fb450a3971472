// A tiny Lisp: a tokenizer, a recursive-descent reader into an enum tree, and an evaluator.
#[derive(Debug, Clone, PartialEq)]
enum Expr {
    Num(i64),
    Sym(String),
    List(Vec<Expr>),
}

fn tokenize(src: &str) -> Vec<String> {
    src.replace('(', " ( ").replace(')', " ) ").split_whitespace().map(|t| t.to_string()).collect()
}

fn read(tokens: &[String], pos: &mut usize) -> Result<Expr, String> {
    let tok = tokens.get(*pos).ok_or("unexpected end")?;
    *pos += 1;
    match tok.as_str() {
        "(" => {
            let mut items = Vec::new();
            while tokens.get(*pos).map(|t| t.as_str()) != Some(")") {
                if *pos >= tokens.len() {
                    return Err(String::from("missing )"));
                }
                items.push(read(tokens, pos)?);
            }
            *pos += 1;
            Ok(Expr::List(items))
        }
        ")" => Err(String::from("unexpected )")),
        t => Ok(match t.parse::<i64>() {
            Ok(n) => Expr::Num(n),
            Err(_) => Expr::Sym(t.to_string()),
        }),
    }
}

fn eval(e: &Expr) -> Result<i64, String> {
    match e {
        Expr::Num(n) => Ok(*n),
        Expr::Sym(s) => Err(format!("unbound symbol {}", s)),
        Expr::List(items) => {
            let (head, args) = items.split_first().ok_or("empty list")?;
            let op = match head {
                Expr::Sym(s) => s.as_str(),
                other => return Err(format!("not a function: {:?}", other)),
            };
            if op == "if" {
                if args.len() != 3 {
                    return Err(String::from("if needs 3 arguments"));
                }
                return if eval(&args[0])? != 0 { eval(&args[1]) } else { eval(&args[2]) };
            }
            let vals: Result<Vec<i64>, String> = args.iter().map(eval).collect();
            let vals = vals?;
            match op {
                "+" => Ok(vals.iter().sum()),
                "*" => Ok(vals.iter().product()),
                "-" => match vals.split_first() {
                    Some((first, [])) => Ok(-first),
                    Some((first, rest)) => Ok(rest.iter().fold(*first, |a, b| a - b)),
                    None => Err(String::from("- needs arguments")),
                },
                "max" => vals.iter().copied().max().ok_or(String::from("max of nothing")),
                "<" => Ok(if vals.windows(2).all(|w| w[0] < w[1]) { 1 } else { 0 }),
                _ => Err(format!("unknown operator {}", op)),
            }
        }
    }
}

fn run(src: &str) -> Result<i64, String> {
    let tokens = tokenize(src);
    let mut pos = 0;
    let expr = read(&tokens, &mut pos)?;
    if pos != tokens.len() {
        return Err(format!("trailing tokens after position {}", pos));
    }
    eval(&expr)
}

fn main() {
    let programs = [
        "(+ 1 2 3)",
        "(* 2 (+ 3 4) (- 10 4))",
        "(- 7)",
        "(if (< 1 2 3) (max 4 9 2) 0)",
        "(if (< 3 2) 1 (- 100 1 2 3))",
        "(foo 1 2)",
        "(+ 1 x)",
        "(+ 1 2",
        "(+ 1 2))",
        "()",
    ];
    for p in programs {
        match run(p) {
            Ok(v) => println!("{:<30} => {}", p, v),
            Err(e) => println!("{:<30} !! {}", p, e),
        }
    }
    let mut pos = 0;
    let tree = read(&tokenize("(a (b 1) 2)"), &mut pos).unwrap();
    println!("{:?}", tree);
}
