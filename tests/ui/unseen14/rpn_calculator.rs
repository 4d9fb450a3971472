// An RPN calculator on a Vec<f64> stack with an error enum; each expression evaluated independently
#[derive(Debug)]
enum CalcError {
    StackUnderflow(String),
    UnknownToken(String),
    DivideByZero,
    Leftover(usize),
}

fn pop2(stack: &mut Vec<f64>, op: &str) -> Result<(f64, f64), CalcError> {
    let b = stack.pop().ok_or_else(|| CalcError::StackUnderflow(op.to_string()))?;
    let a = stack.pop().ok_or_else(|| CalcError::StackUnderflow(op.to_string()))?;
    Ok((a, b))
}

fn eval(expr: &str) -> Result<f64, CalcError> {
    let mut stack: Vec<f64> = Vec::new();
    for tok in expr.split_whitespace() {
        let value = match tok {
            "+" | "-" | "*" | "/" | "^" => {
                let (a, b) = pop2(&mut stack, tok)?;
                match tok {
                    "+" => a + b,
                    "-" => a - b,
                    "*" => a * b,
                    "^" => a.powf(b),
                    _ => {
                        if b == 0.0 {
                            return Err(CalcError::DivideByZero);
                        }
                        a / b
                    }
                }
            }
            "sqrt" => stack.pop().ok_or(CalcError::StackUnderflow(tok.to_string()))?.sqrt(),
            "dup" => *stack.last().ok_or(CalcError::StackUnderflow(tok.to_string()))?,
            _ => tok.parse::<f64>().map_err(|_| CalcError::UnknownToken(tok.to_string()))?,
        };
        stack.push(value);
    }
    match stack.len() {
        1 => Ok(stack[0]),
        0 => Err(CalcError::StackUnderflow(String::from("end"))),
        n => Err(CalcError::Leftover(n)),
    }
}

fn main() {
    let inputs = [
        "3 4 +",
        "5 1 2 + 4 * + 3 -",
        "2 3 ^ dup *",
        "9 sqrt 2 /",
        "1 0 /",
        "1 +",
        "4 2 x",
        "1 2 3",
        "",
        "-2.5 4 *",
    ];
    let mut ok = 0;
    for input in inputs.iter() {
        match eval(input) {
            Ok(v) => {
                ok += 1;
                println!("{:<20} = {}", input, v)
            }
            Err(e) => println!("{:<20} ! {:?}", input, e),
        }
    }
    println!("{} of {} succeeded", ok, inputs.len());
}
