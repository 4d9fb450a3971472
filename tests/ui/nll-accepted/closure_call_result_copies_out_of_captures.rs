// calling a closure that copies data out of its captures: the result does not keep the closure, nor what it
// captured by `&mut`, borrowed
fn main() {
    let mut count = 0;
    let labels = ["even", "odd"];
    let mut next_label = || {
        count += 1;
        labels[count % 2]
    };
    let a = next_label();
    let b = next_label();
    println!("{a} {b} {count}");

    let text = String::from("a b c");
    let words: Vec<&str> = text.split(' ').collect();
    let pick = |i: usize| words[i];
    let w = pick(2);
    drop(words);
    println!("{w} {text}");

    let owned = String::from("kept");
    let s: &str = &owned;
    let mut uses = 0;
    let mut get = || {
        uses += 1;
        s
    };
    let got = get();
    uses += 10;
    println!("{got} {uses}");
}
