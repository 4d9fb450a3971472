// `format!` drops the temporaries of its arguments right after formatting (std's `{ let res = fmt::format(..); res }`), before the enclosing statement uses the result: the peak counts the repeated String only while it is needed.
fn main() {
    let mut out = String::new();
    let title = String::from("Features");
    out.push_str(&format!("{}\n{}\n", title, "-".repeat(100)));
    let line = format!("[{}]", "=".repeat(50)) + &"+".repeat(30);
    let n = format!("{}{}", String::from("ab"), vec![1, 2, 3].len()).len();
    let nested = format!("<{}>", format!("{:>8}", title.to_uppercase()));
    println!("{} {} {} {}", out.len(), line.len(), n, nested);
}
