// Associated constants of traits: declared, with a default, overridden in impls, read as `Self::X`, `T::X` and `Type::X`.
trait Shape {
    const SIDES: u32;
    const NAME: &'static str = "shape";
    fn describe(&self) -> String {
        format!("{} with {} sides", Self::NAME, Self::SIDES)
    }
}

struct Triangle;
struct Square {
    side: u32,
}

impl Shape for Triangle {
    const SIDES: u32 = 3;
}

impl Shape for Square {
    const SIDES: u32 = 2 + 2;
    const NAME: &'static str = "square";
}

impl Square {
    fn perimeter(&self) -> u32 {
        self.side * Self::SIDES
    }
}

fn total_sides<T: Shape, U: Shape>(_a: &T, _b: &U) -> u32 {
    T::SIDES + U::SIDES
}

fn names<T: Shape>(items: &[T]) -> Vec<String> {
    items.iter().enumerate().map(|(i, _)| format!("{}#{i}", T::NAME)).collect()
}

fn main() {
    let t = Triangle;
    let s = Square { side: 5 };
    println!("{}", t.describe());
    println!("{}", s.describe());
    println!("{} {}", Triangle::SIDES, Square::NAME);
    println!("{}", total_sides(&t, &s));
    println!("{}", s.perimeter());
    println!("{:?}", names(&[Triangle, Triangle]));
    let v: Vec<u32> = (0..Square::SIDES).map(|k| k * Triangle::SIDES).collect();
    println!("{v:?}");
}
