// contains with a reference, sort_by on floats, join on strings.
fn main() {
    let v = vec![1, 2];
    let names = vec![String::from("a")];
    let mut f = vec![2.0, 1.0, 3.0];
    f.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let m = f.iter().cloned().fold(f64::MIN, f64::max);
    let parts = vec!["x", "y"];
    println!("{} {} {:?} {} {}", v.contains(&2), names.iter().any(|n| n == "a"), f, m, parts.join(","));
}
