// Disjoint fields: destructuring `&mut self` gives two `&mut` to different fields at once.
struct Mixer {
    input: Vec<i32>,
    output: Vec<i32>,
    gain: i32,
}

impl Mixer {
    fn process(&mut self) {
        let Mixer { input, output, gain } = self;
        for x in input.iter_mut() {
            *x *= *gain;
            output.push(*x + 1);
        }
        input.clear();
    }
}

fn main() {
    let mut m = Mixer { input: vec![1, 2, 3], output: Vec::new(), gain: 2 };
    m.process();
    let a = &mut m.input;
    let b = &m.output;
    a.push(b.len() as i32);
    println!("{:?} {:?}", m.input, m.output);
}
