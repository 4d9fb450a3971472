// Scales a recipe's ingredients for a number of guests and prints a formatted shopping list.
struct Ingredient {
    name: &'static str,
    amount: f64,
    unit: &'static str,
}

fn scale(recipe: &[Ingredient], from: u32, to: u32) -> Vec<Ingredient> {
    let factor = to as f64 / from as f64;
    recipe
        .iter()
        .map(|i| Ingredient { name: i.name, amount: i.amount * factor, unit: i.unit })
        .collect()
}

fn main() {
    let crepes = vec![
        Ingredient { name: "flour", amount: 250.0, unit: "g" },
        Ingredient { name: "eggs", amount: 4.0, unit: "" },
        Ingredient { name: "milk", amount: 0.5, unit: "l" },
        Ingredient { name: "butter", amount: 50.0, unit: "g" },
        Ingredient { name: "sugar", amount: 1.5, unit: "tbsp" },
    ];
    for guests in [2u32, 6, 9] {
        println!("== for {} guests ==", guests);
        let scaled = scale(&crepes, 4, guests);
        for i in &scaled {
            if i.unit.is_empty() {
                println!("{:<8}|{:>8.1}", i.name, i.amount);
            } else {
                println!("{:<8}|{:>8.2} {}", i.name, i.amount, i.unit);
            }
        }
        let grams: f64 = scaled.iter().filter(|i| i.unit == "g").map(|i| i.amount).sum();
        println!("{:-<20}", "");
        println!("solid total: {:.0} g", grams);
    }
}
