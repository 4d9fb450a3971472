// A closure holding a &mut capture is used for the last time before the captured value is read.
fn main() {
    let mut total = 0;
    let mut history = Vec::new();
    let mut add = |x: i32| {
        total += x;
        history.push(x);
    };
    add(5);
    add(7);
    println!("{} {:?}", total, history);
    let mut shout = String::new();
    {
        let mut append = |w: &str| shout.push_str(&w.to_uppercase());
        append("a");
        append("b");
    }
    shout.push('!');
    println!("{}", shout);
}
