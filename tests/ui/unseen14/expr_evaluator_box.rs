// A tiny expression evaluator: an enum AST in Box, variables in a HashMap, errors as Result, Display
use std::collections::HashMap;
use std::fmt;

enum Expr {
    Num(f64),
    Var(String),
    Neg(Box<Expr>),
    Bin(Box<Expr>, Op, Box<Expr>),
}

#[derive(Clone, Copy)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Expr::Num(n) => write!(f, "{}", n),
            Expr::Var(v) => write!(f, "{}", v),
            Expr::Neg(e) => write!(f, "-{}", e),
            Expr::Bin(l, op, r) => {
                let sym = match op {
                    Op::Add => '+',
                    Op::Sub => '-',
                    Op::Mul => '*',
                    Op::Div => '/',
                };
                write!(f, "({} {} {})", l, sym, r)
            }
        }
    }
}

fn eval(e: &Expr, env: &HashMap<String, f64>) -> Result<f64, String> {
    Ok(match e {
        Expr::Num(n) => *n,
        Expr::Var(name) => *env.get(name).ok_or(format!("unbound variable {}", name))?,
        Expr::Neg(inner) => -eval(inner, env)?,
        Expr::Bin(l, op, r) => {
            let (a, b) = (eval(l, env)?, eval(r, env)?);
            match op {
                Op::Add => a + b,
                Op::Sub => a - b,
                Op::Mul => a * b,
                Op::Div if b == 0.0 => return Err(String::from("division by zero")),
                Op::Div => a / b,
            }
        }
    })
}

fn num(n: f64) -> Box<Expr> {
    Box::new(Expr::Num(n))
}

fn var(name: &str) -> Box<Expr> {
    Box::new(Expr::Var(name.to_string()))
}

fn count_nodes(e: &Expr) -> usize {
    match e {
        Expr::Num(_) | Expr::Var(_) => 1,
        Expr::Neg(inner) => 1 + count_nodes(inner),
        Expr::Bin(l, _, r) => 1 + count_nodes(l) + count_nodes(r),
    }
}

fn main() {
    let mut env = HashMap::new();
    env.insert(String::from("x"), 4.0);
    env.insert(String::from("y"), 0.5);

    let exprs = vec![
        Expr::Bin(num(2.0), Op::Add, Box::new(Expr::Bin(var("x"), Op::Mul, num(3.0)))),
        Expr::Neg(Box::new(Expr::Bin(var("x"), Op::Div, var("y")))),
        Expr::Bin(num(1.0), Op::Div, Box::new(Expr::Bin(var("x"), Op::Sub, num(4.0)))),
        Expr::Bin(var("z"), Op::Add, num(1.0)),
    ];
    for e in &exprs {
        match eval(e, &env) {
            Ok(v) => println!("{} = {} [{} nodes]", e, v, count_nodes(e)),
            Err(msg) => println!("{} -> error: {}", e, msg),
        }
    }
}
