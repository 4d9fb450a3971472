// Only the lines marked `// @show` get a diagram.
fn greet(name: &str) -> String {
    let mut s = String::from("hello, ");
    s.push_str(name); // @show
    s
}

fn main() {
    let who = "world";
    let g = greet(who);
    let n = g.len(); // @show
    println!("{} ({})", g, n);
}
