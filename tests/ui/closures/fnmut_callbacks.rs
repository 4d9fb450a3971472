// A Vec of boxed FnMut callbacks, each with its own captured state.
fn main() {
    let mut callbacks: Vec<Box<dyn FnMut(i32) -> String>> = Vec::new();
    let mut total = 0;
    callbacks.push(Box::new(move |x| {
        total += x;
        format!("total {total}")
    }));
    let mut history = Vec::new();
    callbacks.push(Box::new(move |x| {
        history.push(x);
        format!("history {history:?}")
    }));
    for x in [1, 2, 3] {
        for cb in callbacks.iter_mut() {
            println!("{}", cb(x));
        }
    }
}
