// The lesson's first examples: an integer is copied on the stack, a String is moved, clone duplicates the heap.
fn main() {
    let x = 5;
    let y = x;
    println!("x = {}, y = {}", x, y);

    let s = String::from("hello");
    let t = s;
    println!("t = {} (len {}, capacity {})", t, t.len(), t.capacity());

    let u = t.clone();
    println!("t = {}, u = {}", t, u);
    println!("different heap buffers: {}", t.as_ptr() != u.as_ptr());

    let a = [1, 2, 3];
    let mut b = a;
    b[0] = 100;
    println!("array copied: a = {:?}, b = {:?}", a, b);

    let v = vec![1, 2, 3];
    let w = v;
    println!("vec moved: {:?}", w);

    let point = (1.5, 2.5);
    let p2 = point;
    println!("tuple of floats copied: {:?} {:?}", point, p2);

    let pair = (String::from("gauche"), 7);
    let (name, n) = pair;
    println!("destructured {} {}", name, n);

    let boxed = Box::new(String::from("dans une boite"));
    let inner: String = *boxed;
    println!("moved out of the box: {}", inner);
}
