// Infix arithmetic evaluated with the shunting-yard algorithm: tokens, precedence, parentheses, then an RPN evaluation with errors.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Num(i64),
    Op(char),
    LParen,
    RParen,
}

fn tokenize(s: &str) -> Result<Vec<Tok>, String> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            let mut n = 0i64;
            while let Some(&d) = chars.peek() {
                if let Some(v) = d.to_digit(10) {
                    n = n * 10 + v as i64;
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(Tok::Num(n));
            continue;
        }
        match c {
            '+' | '-' | '*' | '/' | '%' => out.push(Tok::Op(c)),
            '(' => out.push(Tok::LParen),
            ')' => out.push(Tok::RParen),
            ' ' => {}
            _ => return Err(format!("bad character '{}'", c)),
        }
        chars.next();
    }
    Ok(out)
}

fn precedence(op: char) -> u8 {
    if op == '+' || op == '-' { 1 } else { 2 }
}

fn to_rpn(tokens: &[Tok]) -> Result<Vec<Tok>, String> {
    let mut output = Vec::new();
    let mut ops: Vec<Tok> = Vec::new();
    for &t in tokens {
        match t {
            Tok::Num(_) => output.push(t),
            Tok::Op(o) => {
                while let Some(&Tok::Op(top)) = ops.last() {
                    if precedence(top) >= precedence(o) {
                        output.push(ops.pop().unwrap());
                    } else {
                        break;
                    }
                }
                ops.push(t);
            }
            Tok::LParen => ops.push(t),
            Tok::RParen => loop {
                match ops.pop() {
                    Some(Tok::LParen) => break,
                    Some(op) => output.push(op),
                    None => return Err("unbalanced ')'".to_string()),
                }
            },
        }
    }
    while let Some(op) = ops.pop() {
        if op == Tok::LParen {
            return Err("unbalanced '('".to_string());
        }
        output.push(op);
    }
    Ok(output)
}

fn eval(rpn: &[Tok]) -> Result<i64, String> {
    let mut stack = Vec::new();
    for t in rpn {
        match *t {
            Tok::Num(n) => stack.push(n),
            Tok::Op(o) => {
                let b = stack.pop().ok_or("missing operand")?;
                let a = stack.pop().ok_or("missing operand")?;
                stack.push(match o {
                    '+' => a + b,
                    '-' => a - b,
                    '*' => a * b,
                    '/' if b == 0 => return Err("division by zero".into()),
                    '/' => a / b,
                    _ => a.checked_rem(b).ok_or("remainder by zero")?,
                });
            }
            _ => unreachable!(),
        }
    }
    if stack.len() == 1 { Ok(stack[0]) } else { Err(format!("{} values left", stack.len())) }
}

fn main() {
    for expr in ["1 + 2 * 3", "(1 + 2) * 3", "100 / (4 - 2 * 2)", "7 % 4 - 10", "2 * (3 + 4", "8 / 2 / 2", "3 $ 4", "1 2"] {
        let result = tokenize(expr).and_then(|t| to_rpn(&t)).and_then(|r| eval(&r));
        match result {
            Ok(v) => println!("{:<18} = {}", expr, v),
            Err(e) => println!("{:<18} error: {}", expr, e),
        }
    }
}
