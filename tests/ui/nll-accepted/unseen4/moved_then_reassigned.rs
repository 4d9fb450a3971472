// A variable moved in one iteration and reassigned before the next use.
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let mut buffer = String::from("first");
    let mut total = 0;
    for word in ["second", "third", "fourth"] {
        total += consume(buffer);
        buffer = word.to_uppercase();
    }
    println!("{} {}", total, buffer);
    let data;
    let flag = total > 10;
    let source = vec![1, 2, 3];
    if flag {
        data = source;
    } else {
        data = vec![0];
        println!("{:?}", source);
    }
    println!("{:?}", data);
}
