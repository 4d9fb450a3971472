fn longest(x: &str, y: &str) -> &str {
    if x.len() > y.len() {
        x
    } else {
        y
    }
}

fn main() {
    let x: i32 = "a";
    let r;
    {
        let z = 5;
        r = &z;
    }
    println!("{}", r);
}
