package extract

import (
	"math"
	"strings"
	"testing"
)

func TestParseQuantity(t *testing.T) {
	tests := []struct {
		in     string
		tonnes float64
		ok     bool
	}{
		{"51,3 тыс. тонн", 51300, true},
		{"2.23 million tons", 2230000, true},
		{"1 232 тыс. тонн", 1232000, true},
		{"1\u00a0232 тыс. тонн", 1232000, true},
		{"1\u202f232 тыс. тонн", 1232000, true},
		{"8 млн 153 тыс.", 8153000, true},
		{"25 204.8 тыс.т", 25204800, true},
		{"400,000 tons", 400000, true},
		{"254,200 tons", 254200, true},
		{"3,5 млн т", 3500000, true},
		{"2,3 мың тонна", 2300, true},
		{"120万吨", 1200000, true},
		{"75.5万吨", 755000, true},
		{"12,000吨", 12000, true},
		{"4,86 млн. тонн", 4860000, true},
		{"696,77 тыс. тонн", 696770, true},
		{"16,31 тонны", 16.31, true},
		{"1,4 миллиона тонн", 1400000, true},
		{"7,5–8 млн тонн", 8000000, true},
		{"2-3 тыс. тонн", 3000, true},
		{"2.5 Mt", 2500000, true},
		{"500 kt", 500000, true},
		{"95.5 thousand tonnes", 95500, true},
		{"700 myń tonnadan", 700000, true},
		{"0,600 tons", 0.6, true},
		{"2,4 million tonnes", 2400000, true},
		{"four million tons", 4000000, true},
		{"пяти миллионов тонн", 5000000, true},
		{"3 млн 105 мың тонна", 3105000, true},
		{"25.310吨", 25.31, true}, // Chinese groups thousands with a comma only
		{"25.310 тонн", 25310, true},
		{"25.310 tons", 25.31, true},
		{"45萬噸", 450000, true},
		{"五百万吨", 5000000, true},
		{"十五万吨", 150000, true},
		{"一百二十万吨", 1200000, true},
		{"两千吨", 2000, true},
		{"五年", 0, false},
		{"三家企业", 0, false},
		{"$280,4 млн", 0, false},
		{"285,5 тыс. юаней", 0, false},
		{"5 млрд тенге", 0, false},
		{"worth $8.4 million", 0, false},
		{"85 тыс. голов", 0, false},
		{"8 млн 153 тыс. голов", 0, false},
		{"12,000 head of cattle", 0, false},
		{"на 66%", 0, false},
		{"в 5,5 раза", 0, false},
		{"24-fold", 0, false},
		{"5,7 есе", 0, false},
		{"300 тыс. га", 0, false},
		{"5800万元", 0, false},
		{"no number", 0, false},
		{"99999999999999999999 tons", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := ParseQuantity(tt.in)
			if ok != tt.ok || math.Abs(got-tt.tonnes) > 1e-6*math.Max(1, tt.tonnes) {
				t.Errorf("ParseQuantity(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.tonnes, tt.ok)
			}
		})
	}
}

// Chinese numerals below ten thousand are read by one function for tonnages and for border counts.
func TestHanCountAt(t *testing.T) {
	for _, c := range []struct {
		in   string
		want float64
		ok   bool
	}{
		{"两天", 2, true},
		{"十二天", 12, true},
		{"一千五百节", 1500, true},
		{"两百辆", 200, true},
		{"一千零五十节", 1050, true},
		{"十天", 10, true},
		{"零", 0, false},
		{"车皮", 0, false},
	} {
		v, end, ok := hanCountAt(c.in, 0)
		if v != c.want || ok != c.ok {
			t.Errorf("hanCountAt(%q) = %v, %v; want %v, %v", c.in, v, ok, c.want, c.ok)
		}
		if ok && !strings.ContainsAny(c.in[end:], "天节辆") {
			t.Errorf("hanCountAt(%q) ends at %d, before %q: the unit is not left after the number", c.in, end, c.in[end:])
		}
	}
}
