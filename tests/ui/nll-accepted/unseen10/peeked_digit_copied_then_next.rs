// A tokenizer copies the char seen with peek() and then calls next() on the same Peekable: the peek borrow is dead.
fn main() {
    let mut chars = "12+345*6".chars().peekable();
    let mut tokens: Vec<String> = Vec::new();
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            let mut num = String::new();
            while let Some(&d) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                num.push(d);
                chars.next();
            }
            tokens.push(num);
        } else {
            chars.next();
            tokens.push(c.to_string());
        }
    }
    println!("{:?}", tokens);
}
