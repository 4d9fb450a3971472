// a tokenizer peeks with while let and advances the same iterator inside the loop body (NLL)
fn main() {
    let expr = "12+345*6-78";
    let mut it = expr.chars().peekable();
    let mut tokens: Vec<String> = Vec::new();
    while let Some(&c) = it.peek() {
        if c.is_ascii_digit() {
            let mut num = String::new();
            while let Some(&d) = it.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                num.push(d);
                it.next();
            }
            tokens.push(num);
        } else {
            tokens.push(c.to_string());
            it.next();
        }
    }
    println!("{:?}", tokens);
}
