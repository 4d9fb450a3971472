// Fn, FnMut and FnOnce side by side: generic parameters, impl Fn returns, sort_by_key, retain, move semantics.
fn apply_twice<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(f(x))
}

fn repeat_mut<F: FnMut() -> u32>(mut f: F, times: usize) -> Vec<u32> {
    (0..times).map(|_| f()).collect()
}

fn consume_once<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn make_scaler(factor: i32) -> impl Fn(i32) -> i32 {
    move |x| x * factor
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn main() {
    let add3 = |x| x + 3;
    println!("apply_twice(add3, 1) = {}", apply_twice(add3, 1));
    let triple = make_scaler(3);
    println!("apply_twice(triple, 2) = {}", apply_twice(&triple, 2));
    let inc_then_triple = compose(add3, triple);
    println!("compose: {}", inc_then_triple(4));

    let mut state = 1;
    let doubles = repeat_mut(|| {
        state *= 2;
        state
    }, 5);
    println!("doubles {:?}, state now {}", doubles, state);

    let greeting = String::from("hello");
    let shout = move || greeting.to_uppercase() + "!";
    println!("{}", consume_once(shout));
    let owned = vec![String::from("a"), String::from("b")];
    let joined = consume_once(move || owned.concat());
    println!("joined {}", joined);

    let mut words = vec!["kiwi", "fig", "banana", "apple", "cherry"];
    words.sort_by_key(|w| (w.len(), *w));
    println!("{:?}", words);
    let min_len = 4;
    words.retain(|w| w.len() >= min_len);
    println!("{:?}", words);
    let mut log: Vec<String> = Vec::new();
    words.iter().for_each(|w| log.push(w.chars().rev().collect()));
    println!("{:?}", log);
    let counter = {
        let mut n = 0;
        move || {
            n += 10;
            n
        }
    };
    let mut c2 = counter;
    println!("{} {} {}", c2(), c2(), c2());
}
