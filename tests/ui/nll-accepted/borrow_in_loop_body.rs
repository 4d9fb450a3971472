// A borrow taken inside a loop body ends before the next iteration mutates.
fn main() {
    let mut v = vec![1];
    for i in 0..4 {
        let last = *v.last().unwrap();
        v.push(last + i);
    }
    println!("{:?}", v);
    let mut words = vec![String::from("a")];
    for _ in 0..2 {
        let w = words[words.len() - 1].clone();
        words.push(w + "a");
    }
    println!("{:?}", words);
}
