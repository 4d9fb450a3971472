// Formatting: {:#?} on nested structs/enums/vecs/tuples/options, {:>width$}, named args, escapes.
#[derive(Debug, Clone)]
enum Kind {
    Leaf,
    Branch(Vec<u8>),
    Named { id: u16, tag: Option<&'static str> },
}

#[derive(Debug)]
struct Wrapper {
    label: String,
    kinds: Vec<Kind>,
    pair: (i32, char),
    empty: Vec<i32>,
}

fn main() {
    let w = Wrapper {
        label: "root \"quoted\"\n".to_string(),
        kinds: vec![Kind::Leaf, Kind::Branch(vec![1, 2]), Kind::Named { id: 7, tag: Some("t") }],
        pair: (-1, '\''),
        empty: vec![],
    };
    println!("{:?}", w);
    println!("{:#?}", w);
    let width = 8;
    let prec = 2;
    println!("[{:>width$}] [{:<width$.prec$}] [{:^3$}]", "r", 3.14159, 5, 4);
    println!("[{name:*^9}] [{0:?}] [{x:#06x}]", "s", name = "mid", x = 255);
    println!("{{literal}} {:?} {:?}", "tab\there", 'é');
    println!("{:?} {:?}", (1, "two", [3.0, 4.5]), Some(Ok::<i32, ()>(3)));
    println!("{:5}|{:<5}|{:>5}|{:^5}|", true, 'c', "ab", 1.5);
    println!("{:e} {:.0} {:.1} {}", 0.00123, 2.5, -0.05, 1e21);
    println!("{} {} {}", f64::NAN, -f64::INFINITY, 0.1 + 0.2);
    println!("{:?} {:?} {}", 1.0f64, 0.5f32, 100000000.0f64);
}
