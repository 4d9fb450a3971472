// A tiny interpreter for `let x = expr` lines with + - * and variables, keeping an environment in a HashMap.
use std::collections::HashMap;

#[derive(Debug)]
enum Expr {
    Num(i64),
    Var(String),
    Bin(Box<Expr>, char, Box<Expr>),
}

fn parse(tokens: &[&str]) -> Result<Expr, String> {
    // left to right, no precedence, like a pocket calculator
    let mut it = tokens.iter();
    let mut acc = atom(it.next().ok_or("empty expression")?)?;
    while let Some(op) = it.next() {
        let rhs = atom(it.next().ok_or(format!("missing operand after {}", op))?)?;
        let c = op.chars().next().unwrap();
        if !"+-*".contains(c) {
            return Err(format!("unknown operator {}", op));
        }
        acc = Expr::Bin(Box::new(acc), c, Box::new(rhs));
    }
    Ok(acc)
}

fn atom(tok: &str) -> Result<Expr, String> {
    if let Ok(n) = tok.parse::<i64>() {
        Ok(Expr::Num(n))
    } else if tok.chars().all(|c| c.is_ascii_lowercase()) {
        Ok(Expr::Var(tok.to_string()))
    } else {
        Err(format!("bad token {:?}", tok))
    }
}

fn eval(e: &Expr, env: &HashMap<String, i64>) -> Result<i64, String> {
    match e {
        Expr::Num(n) => Ok(*n),
        Expr::Var(v) => env.get(v).copied().ok_or_else(|| format!("unbound {}", v)),
        Expr::Bin(l, op, r) => {
            let (a, b) = (eval(l, env)?, eval(r, env)?);
            Ok(match op {
                '+' => a + b,
                '-' => a - b,
                _ => a * b,
            })
        }
    }
}

fn main() {
    let program = "let a = 4\nlet b = a * 3 + 1\nlet c = b - z\nlet d = a / 2\nlet a = a + b\nlet e = 7 *\nprint a b";
    let mut env: HashMap<String, i64> = HashMap::new();
    for (n, line) in program.lines().enumerate() {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            ["let", name, "=", rest @ ..] => match parse(rest).and_then(|e| eval(&e, &env)) {
                Ok(v) => {
                    println!("{}: {} = {}", n + 1, name, v);
                    env.insert(name.to_string(), v);
                }
                Err(msg) => println!("{}: error: {}", n + 1, msg),
            },
            ["print", names @ ..] => {
                for name in names {
                    println!("{}: {} is {:?}", n + 1, name, env.get(*name));
                }
            }
            _ => println!("{}: cannot parse {:?}", n + 1, line),
        }
    }
    let mut keys: Vec<&String> = env.keys().collect();
    keys.sort();
    println!("bound: {:?}", keys);
}
