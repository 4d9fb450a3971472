// `mut` bindings that rustc's unused_mut lint flags, next to ones it does not.
struct Counter {
    n: u32,
}

impl Counter {
    fn bump(&mut self) {
        self.n += 1;
    }
}

fn double(mut x: i32) -> i32 {
    x *= 2;
    x
}

fn untouched(mut y: i32) -> i32 {
    y + 1
}

fn main() {
    let mut never = 1; // warned: only read
    let mut reassigned = 1;
    reassigned += never;

    let mut later; // warned: its one assignment initialises it
    later = 5;

    let mut in_loop;
    for i in 0..3 {
        in_loop = i; // assigned on every iteration: needs `mut`
        println!("{in_loop}");
    }

    let mut v = Vec::new();
    v.push(reassigned);
    let mut r = &mut v; // warned: writes go through the reference
    r.push(later);

    let mut b = Box::new(1);
    *b += 1;

    let mut c = Counter { n: 0 };
    c.bump();

    let mut moved_in = 10;
    let mut add = move || {
        moved_in += 1;
        moved_in
    };
    println!("{}", add());

    let mut outer = 0;
    let mut nested = move || {
        let mut inner = move || {
            outer += 1;
            outer
        };
        inner()
    };
    println!("{}", nested());

    let mut captured = 0;
    let mut bump = || captured += 1;
    bump();
    println!("{captured}");

    let mut pair = (1, 2);
    pair.0 = 3;
    if let Some(ref mut z) = Some(pair.1) {
        *z += 1;
    }

    for mut i in 0..2 {
        i += 1;
        println!("{i}");
    }
    for mut j in 0..2 {
        println!("{j}"); // warned
    }

    let mut shadowed = 1; // warned
    let shadowed = shadowed + 1;

    let mut pushed: Vec<i32> = Vec::with_capacity(2);
    pushed.extend([1, 2]);

    println!("{:?} {} {} {} {} {} {:?}", v, b, c.n, double(2), untouched(3), shadowed, pushed);
    println!("{:?}", pair);
}
