// `while let Some(top) = stack.last()` reads the top, then pops once the reference is no longer used.
fn main() {
    let mut stack = vec![1, 5, 2, 8, 3];
    while let Some(&top) = stack.last() {
        if top < 5 {
            stack.pop();
        } else {
            break;
        }
    }
    let mut words = vec!["a", "bb", "ccc"];
    while let Some(w) = words.last() {
        if w.len() > 1 {
            words.pop();
        } else {
            break;
        }
    }
    println!("{:?} {:?}", stack, words);
}
