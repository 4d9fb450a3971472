// An unannotated closure bound to a variable gets its parameter's lifetime from the caller: it may store it.
fn main() {
    let mut keep: Vec<&String> = Vec::new();
    let a = String::from("a");
    let mut f = |s| keep.push(s);
    f(&a);
    f(&a);
    println!("{}", keep.len());
}
