// format! allocates a String; println! with the same arguments does not.
fn main() {
    let n = 42;
    println!("value {n}");
    let s = format!("value {n}");
    println!("{s}");
    let t = n.to_string();
    println!("{}", t.len());
    print!("{}", format_args!("no String here {}\n", n));
}
