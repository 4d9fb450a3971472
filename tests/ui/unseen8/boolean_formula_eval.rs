// A boolean formula tree in Box with variables looked up in a HashMap, evaluated and printed, plus a truth table.
use std::collections::HashMap;
use std::fmt;

enum Formula {
    Var(char),
    Const(bool),
    Not(Box<Formula>),
    And(Box<Formula>, Box<Formula>),
    Or(Box<Formula>, Box<Formula>),
    Implies(Box<Formula>, Box<Formula>),
}

use Formula::*;

fn var(c: char) -> Box<Formula> {
    Box::new(Var(c))
}

impl Formula {
    fn eval(&self, env: &HashMap<char, bool>) -> Result<bool, String> {
        Ok(match self {
            Var(c) => *env.get(c).ok_or(format!("unbound variable {}", c))?,
            Const(b) => *b,
            Not(f) => !f.eval(env)?,
            And(a, b) => a.eval(env)? && b.eval(env)?,
            Or(a, b) => a.eval(env)? || b.eval(env)?,
            Implies(a, b) => !a.eval(env)? || b.eval(env)?,
        })
    }

    fn vars(&self, out: &mut Vec<char>) {
        match self {
            Var(c) => {
                if !out.contains(c) {
                    out.push(*c);
                }
            }
            Const(_) => {}
            Not(f) => f.vars(out),
            And(a, b) | Or(a, b) | Implies(a, b) => {
                a.vars(out);
                b.vars(out);
            }
        }
    }

    fn size(&self) -> usize {
        match self {
            Var(_) | Const(_) => 1,
            Not(f) => 1 + f.size(),
            And(a, b) | Or(a, b) | Implies(a, b) => 1 + a.size() + b.size(),
        }
    }
}

impl fmt::Display for Formula {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Var(c) => write!(f, "{}", c),
            Const(b) => write!(f, "{}", if *b { "T" } else { "F" }),
            Not(x) => write!(f, "¬{}", x),
            And(a, b) => write!(f, "({} ∧ {})", a, b),
            Or(a, b) => write!(f, "({} ∨ {})", a, b),
            Implies(a, b) => write!(f, "({} → {})", a, b),
        }
    }
}

fn main() {
    let f = Implies(Box::new(And(var('p'), var('q'))), Box::new(Or(var('q'), Box::new(Not(var('r'))))));
    println!("formula: {} (size {})", f, f.size());
    let mut vs = Vec::new();
    f.vars(&mut vs);
    vs.sort();
    println!("variables: {:?}", vs);
    let mut tautology = true;
    for mask in 0..(1u32 << vs.len()) {
        let mut env = HashMap::new();
        for (i, v) in vs.iter().enumerate() {
            env.insert(*v, mask & (1 << i) != 0);
        }
        let value = f.eval(&env).unwrap();
        tautology &= value;
        let row: String = vs.iter().map(|v| if env[v] { '1' } else { '0' }).collect();
        println!("{} -> {}", row, value as u8);
    }
    println!("tautology: {}", tautology);
    let g = And(var('x'), Box::new(Const(true)));
    let mut env = HashMap::new();
    env.insert('y', true);
    match g.eval(&env) {
        Ok(v) => println!("g = {}", v),
        Err(e) => println!("error: {}", e),
    }
}
