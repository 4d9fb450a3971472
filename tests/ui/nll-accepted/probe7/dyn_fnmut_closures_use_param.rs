// Closures behind `dyn FnMut(&str)` may read their parameter and keep what they compute from it.
fn apply(f: &mut dyn FnMut(&str)) {
    let s = String::from("xy");
    f(&s);
}
fn main() {
    let mut n = 0;
    apply(&mut |s| n += s.len());
    let mut keep: Vec<String> = Vec::new();
    {
        let mut g: Box<dyn FnMut(&str) + '_> = Box::new(|s| keep.push(s.to_uppercase()));
        g("ab");
        g("c");
    }
    let id: Box<dyn Fn(&str) -> &str> = Box::new(|s| s.trim());
    println!("{} {:?} {}", n, keep, id(" z "));
}
