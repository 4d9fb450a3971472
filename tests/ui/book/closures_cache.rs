// Closures: capture by reference, mutable capture, move, FnMut counters, sort_by_key, unwrap_or_else.
#[derive(Debug, PartialEq, Copy, Clone)]
enum ShirtColor {
    Red,
    Blue,
}

struct Inventory {
    shirts: Vec<ShirtColor>,
}

impl Inventory {
    fn giveaway(&self, user_preference: Option<ShirtColor>) -> ShirtColor {
        user_preference.unwrap_or_else(|| self.most_stocked())
    }
    fn most_stocked(&self) -> ShirtColor {
        let reds = self.shirts.iter().filter(|&&c| c == ShirtColor::Red).count();
        let blues = self.shirts.len() - reds;
        if reds > blues { ShirtColor::Red } else { ShirtColor::Blue }
    }
}

#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_boxed(n: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| x * n)
}

fn main() {
    let store = Inventory { shirts: vec![ShirtColor::Blue, ShirtColor::Red, ShirtColor::Blue] };
    println!("{:?}", store.giveaway(Some(ShirtColor::Red)));
    println!("{:?}", store.giveaway(None));
    let mut list = vec![1, 2, 3];
    let only_borrows = || println!("list {list:?}");
    only_borrows();
    let mut borrows_mutably = || list.push(7);
    borrows_mutably();
    borrows_mutably();
    println!("after {list:?}");
    let mut rects = [
        Rectangle { width: 10, height: 1 },
        Rectangle { width: 3, height: 5 },
        Rectangle { width: 7, height: 12 },
    ];
    let mut ops = 0;
    rects.sort_by_key(|r| {
        ops += 1;
        r.width
    });
    println!("{:?} sorted with {} calls>0: {}", rects.iter().map(|r| r.width).collect::<Vec<_>>(), "key", ops > 0);
    let add5 = make_adder(5);
    let times3 = make_boxed(3);
    println!("{} {} {}", add5(1), times3(4), apply(&add5, 10));
    println!("{}", apply(|x| x * x, 9));
    let fs: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(add5), times3, Box::new(|x| x - 1)];
    println!("{:?}", fs.iter().map(|f| f(10)).collect::<Vec<_>>());
    let name = String::from("moved");
    let consume = move || name.len();
    println!("{}", consume());
    let mut counter = 0;
    let mut inc = || {
        counter += 2;
        counter
    };
    let a = inc();
    let b = inc();
    println!("{a} {b} {counter}");
}
