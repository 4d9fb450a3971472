// A reverse Polish calculator over a Vec stack, with an error enum and the ? operator.
use std::fmt;

#[derive(Debug)]
enum CalcError {
    StackUnderflow(String),
    BadToken(String),
    DivByZero,
    Leftover(usize),
}

impl fmt::Display for CalcError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            CalcError::StackUnderflow(op) => write!(f, "not enough operands for '{}'", op),
            CalcError::BadToken(t) => write!(f, "cannot read token '{}'", t),
            CalcError::DivByZero => write!(f, "division by zero"),
            CalcError::Leftover(n) => write!(f, "{} values left on the stack", n),
        }
    }
}

fn pop2(stack: &mut Vec<i64>, op: &str) -> Result<(i64, i64), CalcError> {
    let b = stack.pop().ok_or(CalcError::StackUnderflow(op.to_string()))?;
    let a = stack.pop().ok_or(CalcError::StackUnderflow(op.to_string()))?;
    Ok((a, b))
}

fn eval(expr: &str) -> Result<i64, CalcError> {
    let mut stack: Vec<i64> = Vec::new();
    for tok in expr.split_whitespace() {
        match tok {
            "+" | "-" | "*" | "/" => {
                let (a, b) = pop2(&mut stack, tok)?;
                let r = match tok {
                    "+" => a + b,
                    "-" => a - b,
                    "*" => a * b,
                    _ => {
                        if b == 0 {
                            return Err(CalcError::DivByZero);
                        }
                        a / b
                    }
                };
                stack.push(r);
            }
            "dup" => {
                let top = *stack.last().ok_or(CalcError::StackUnderflow("dup".into()))?;
                stack.push(top);
            }
            _ => {
                let n: i64 = tok.parse().map_err(|_| CalcError::BadToken(tok.to_string()))?;
                stack.push(n);
            }
        }
    }
    match stack.len() {
        1 => Ok(stack[0]),
        0 => Err(CalcError::StackUnderflow("end".to_string())),
        n => Err(CalcError::Leftover(n)),
    }
}

fn main() {
    let inputs = [
        "3 4 +",
        "5 1 2 + 4 * + 3 -",
        "2 dup * dup *",
        "1 +",
        "4 0 /",
        "7 x *",
        "1 2 3",
        "-8 3 /",
    ];
    for input in inputs.iter() {
        match eval(input) {
            Ok(v) => println!("{:<20} = {}", input, v),
            Err(e) => println!("{:<20} ! {}", input, e),
        }
    }
    let last = eval("9 3 -").unwrap();
    println!("last = {last}, debug = {:?}", eval("+"));
}
