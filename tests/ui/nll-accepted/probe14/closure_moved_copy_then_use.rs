// A `move` closure copying an i32 leaves the variable usable.
fn main() {
    let n = 5;
    let f = move || n + 1;
    println!("{} {}", f(), n);
}
