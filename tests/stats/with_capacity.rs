// Vectors and strings grown by pushes in a loop: which ones a with_capacity would help.
fn squares(n: u64) -> u64 {
    let mut v = Vec::new();
    for i in 0..n {
        v.push(i * i);
    }
    v.iter().sum()
}

fn main() {
    let mut total = 0;
    for n in [10, 40] {
        total += squares(n);
    }
    println!("sum of squares: {total}");

    // Grows and shrinks: its final length says nothing about its peak, so no hint.
    let mut stack = Vec::new();
    for i in 0..20 {
        stack.push(i);
        if i % 3 == 0 {
            stack.pop();
        }
    }
    println!("stack: {}", stack.len());

    // Known pushes of constant strings: a with_capacity in bytes.
    let mut line = String::new();
    for _ in 0..12 {
        line.push_str("ab");
        line.push('-');
    }
    println!("{line}");
}
