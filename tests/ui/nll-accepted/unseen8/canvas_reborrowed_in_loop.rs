// A `&mut` parameter is implicitly reborrowed for each helper call in a loop, then used directly afterwards.
fn paint_row(canvas: &mut Vec<Vec<char>>, r: usize, c: char) {
    for cell in canvas[r].iter_mut() {
        *cell = c;
    }
}

fn paint_stripes(canvas: &mut Vec<Vec<char>>) {
    for r in 0..canvas.len() {
        if r % 2 == 0 {
            paint_row(canvas, r, '#');
        }
    }
    canvas.push(vec!['='; 3]);
}

fn main() {
    let mut canvas = vec![vec!['.'; 3]; 3];
    paint_stripes(&mut canvas);
    for row in &canvas {
        println!("{}", row.iter().collect::<String>());
    }
}
