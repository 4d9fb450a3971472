// lines(), parsing each line, and counting words in a small text.
fn main() {
    let text = "alpha 3\nbeta 14\n\ngamma 7\r\ndelta x\n";
    let mut total = 0;
    for (n, line) in text.lines().enumerate() {
        let mut it = line.split(' ');
        match (it.next(), it.next().map(|v| v.parse::<i32>())) {
            (Some(name), Some(Ok(v))) => {
                total += v;
                println!("{n}: {name} = {v}");
            }
            (Some(name), Some(Err(e))) => println!("{n}: {name} is bad: {e}"),
            _ => println!("{n}: empty"),
        }
    }
    println!("total {total}");
    println!("{}", text.split_whitespace().count());
}
