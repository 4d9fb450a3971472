// A closure calling another closure captures it as its kind needs: an FnMut by unique borrow, an Fn by shared borrow.
fn main() {
    let mut calls = 0;
    let mut counted = |x: i32| {
        calls += 1;
        x * x
    };
    let squares: Vec<i32> = (1..=4).map(|x| counted(x)).collect();
    let more: i32 = (5..7).map(|x| counted(x)).sum();
    println!("{:?} {} {}", squares, more, calls);
    let base = 10;
    let add = |x: i32| x + base;
    let twice = |x: i32| add(add(x));
    println!("{} {}", twice(1), add(0));
    let name = String::from("done");
    let finish = move || name;
    let run = || finish();
    println!("{}", run());
}
