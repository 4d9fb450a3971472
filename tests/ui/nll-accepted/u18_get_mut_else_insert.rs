// Word counting with if-let on get_mut and an insert in the else branch: the get_mut borrow does not reach the else.
use std::collections::HashMap;

fn main() {
    let text = "a b a c b a";
    let mut counts: HashMap<String, u32> = HashMap::new();
    for w in text.split(' ') {
        if let Some(n) = counts.get_mut(w) {
            *n += 1;
        } else {
            counts.insert(w.to_string(), 1);
        }
    }
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort();
    println!("{:?}", v);
}
