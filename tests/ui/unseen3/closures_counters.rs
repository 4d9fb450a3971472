// Closures: capturing by reference, by mutable reference and by move; FnMut counters; boxed and returned closures.
fn apply_twice<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(f(x))
}

fn call_n<F>(mut f: F, n: usize)
where
    F: FnMut(),
{
    for _ in 0..n {
        f();
    }
}

fn consume<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn make_adder(k: i32) -> impl Fn(i32) -> i32 {
    move |x| x + k
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || {
        c += 1;
        c
    }
}

fn pipeline(steps: Vec<Box<dyn Fn(i32) -> i32>>) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| steps.iter().fold(x, |acc, f| f(acc)))
}

struct Button {
    label: String,
    on_click: Option<Box<dyn FnMut(&str) -> usize>>,
}

impl Button {
    fn click(&mut self) -> Option<usize> {
        let label = &self.label;
        self.on_click.as_mut().map(|f| f(label))
    }
}

fn main() {
    let offset = 10;
    let add_offset = |x| x + offset;
    println!("{}", apply_twice(add_offset, 1));
    println!("{}", apply_twice(|x| x * x, 3));

    let mut log = Vec::new();
    call_n(|| log.push(log.len() * 2), 4);
    println!("log {:?}", log);

    let name = String::from("moved name");
    let greet = move || format!("hi {name}");
    println!("{}", consume(greet));

    let add5 = make_adder(5);
    let mut counter = make_counter();
    let mut other = make_counter();
    println!("{} {} {} {}", add5(1), counter(), counter(), other());
    println!("counter again {}", counter());

    let p = pipeline(vec![Box::new(|x| x + 1), Box::new(|x| x * 10), Box::new(make_adder(-3))]);
    println!("pipeline(4) = {}", p(4));

    let mut clicks = 0;
    let mut b = Button {
        label: "OK".to_string(),
        on_click: Some(Box::new(move |l| {
            clicks += 1;
            l.len() * clicks
        })),
    };
    println!("{:?} {:?} {:?}", b.click(), b.click(), b.click());
    b.on_click = None;
    println!("{:?}", b.click());

    let mut list = vec![1, 2, 3];
    let mut borrows_mutably = || list.push(7);
    borrows_mutably();
    println!("After calling closure: {list:?}");
    let mut sort_ops = vec![];
    let mut rects = [(10, 1), (3, 5), (7, 12)];
    rects.sort_by_key(|r| {
        sort_ops.push(r.0);
        r.0
    });
    println!("{:?} after {} key calls", rects, sort_ops.len() > 0);
    let fs: Vec<fn(f64) -> f64> = vec![f64::sqrt, f64::abs, |x| x * 2.0];
    println!("{:?}", fs.iter().map(|f| f(16.0)).collect::<Vec<_>>());
}
