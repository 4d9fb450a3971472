// A closure that calls a captured `F: FnMut` only borrows it uniquely: the closure is FnMut, can be
// called again, and a closure calling a captured `F: Fn` is Fn (rustc accepts all of this).
use std::cmp::Ordering;

fn count_matching<T, F: FnMut(&T) -> Ordering>(xs: &[T], mut f: F) -> usize {
    let mut n = 0;
    for x in xs {
        if f(x) == Ordering::Equal {
            n += 1;
        }
    }
    n
}

fn count_key<T, B: Ord, F: FnMut(&T) -> B>(xs: &[T], b: &B, mut f: F) -> usize {
    count_matching(xs, |k| f(k).cmp(b))
}

fn apply<F: FnMut(i32) -> i32>(mut f: F) -> i32 {
    let mut g = |x: i32| f(x) + 1;
    g(1) + g(2)
}

fn twice<F: Fn(i32) -> i32>(f: F) -> impl Fn(i32) -> i32 {
    move |x| f(f(x))
}

fn both<F: Fn(i32) -> i32>(f: F) -> i32 {
    let g = |x| f(x) * 2;
    let h = &g;
    h(1) + g(2)
}

struct Item {
    price: u32,
}

fn main() {
    let items = vec![Item { price: 2 }, Item { price: 12 }, Item { price: 12 }];
    println!("{}", count_key(&items, &12, |it| it.price));
    let mut total = 0;
    println!("{}", apply(|x| {
        total += x;
        x * 10
    }));
    println!("{total}");
    println!("{}", twice(|x| x + 3)(1));
    println!("{}", both(|x| x - 1));
}
